import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsString, ValidateNested, validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { flattenValidationErrors } from './validation-errors';

class WorkEntry {
  @IsString() noc!: string;
  @IsDateString() endDate!: string;
}

class Profile {
  @IsInt() familySize!: number;
  @ValidateNested({ each: true }) @Type(() => WorkEntry) work!: WorkEntry[];
}

describe('flattenValidationErrors', () => {
  it('names nested array fields as work[2].endDate with a stable code', () => {
    const profile = plainToInstance(Profile, {
      familySize: 'two',
      work: [
        { noc: '21231', endDate: '2024-01-01' },
        { noc: '21231', endDate: '2024-01-01' },
        { noc: '21231', endDate: 'yesterday' },
      ],
    });
    const errors = flattenValidationErrors(validateSync(profile, { forbidUnknownValues: true }));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'familySize', code: 'IS_INT' }),
        expect.objectContaining({ path: 'work[2].endDate', code: 'INVALID_DATE' }),
      ]),
    );
    expect(errors.find((e) => e.path === 'work[2].endDate')?.message).toContain('work[2].endDate');
  });
});
