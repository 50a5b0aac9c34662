module.exports = {
  displayName: 'express-entry',
  preset: '../../jest.preset.js',
};
