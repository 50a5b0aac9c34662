export interface PingStatus {
  pingId: string;
  status: 'pending' | 'done';
  requestedAt: string | null;
  processedAt: string | null;
}
