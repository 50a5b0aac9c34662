module.exports = {
  displayName: 'ops',
  preset: '../../jest.preset.js',
};
