const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/worker'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      assets: ['./src/assets'],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      // Required at run time but invisible to Nx's dependency graph: the generated Prisma client
      // (git-ignored, so not analysed) loads @prisma/client/runtime, and importHelpers emits
      // require('tslib') (a root devDependency, which the generated package.json leaves out).
      runtimeDependencies: ['@prisma/client', 'tslib'],
      sourceMap: true,
    }),
  ],
};
