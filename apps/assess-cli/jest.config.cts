module.exports = { displayName: 'assess-cli', preset: '../../jest.preset.js' };
