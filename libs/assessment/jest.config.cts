module.exports = {
  displayName: 'assessment',
  preset: '../../jest.preset.js',
};
