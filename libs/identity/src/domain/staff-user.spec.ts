import { lawyerFieldErrors } from './staff-user';

describe('lawyerFieldErrors', () => {
  it('needs a law society and a licence number for a new lawyer', () => {
    expect(lawyerFieldErrors('LAWYER', {}, true).map((e) => e.path)).toEqual(['lawSociety', 'licenceNumber']);
    expect(lawyerFieldErrors('LAWYER', { lawSociety: 'LSO', licenceNumber: 'L-1' }, true)).toEqual([]);
  });

  it('refuses lawyer fields on other roles', () => {
    expect(lawyerFieldErrors('PARALEGAL', { goodStanding: true }, false)).toEqual([
      { path: 'goodStanding', code: 'LAWYERS_ONLY', message: 'goodStanding applies to lawyers only' },
    ]);
  });

  it('lets a change leave the lawyer fields out but not clear them', () => {
    expect(lawyerFieldErrors('LAWYER', { goodStanding: false }, false)).toEqual([]);
    expect(lawyerFieldErrors('LAWYER', { licenceNumber: null }, false).map((e) => e.code)).toEqual(['REQUIRED']);
  });
});
