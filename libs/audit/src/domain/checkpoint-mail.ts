/** What the daily checkpoint mail carries (template `audit.checkpoint` in libs/platform): no personal data. */
export interface CheckpointMailData {
  day: string;
  seq: number;
  headHash: string;
  createdAt: string;
}
