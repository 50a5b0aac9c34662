import { expressEntry } from './express-entry';

describe('expressEntry', () => {
  it('should work', () => {
    expect(expressEntry()).toEqual('express-entry');
  });
});
