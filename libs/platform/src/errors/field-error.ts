/** One problem with one field of a request, e.g. { path: 'work[2].endDate', code: 'IS_DATE', ... }. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}
