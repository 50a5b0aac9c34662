-- CreateTable
CREATE TABLE "system_ping" (
    "id" UUID NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_by" TEXT NOT NULL,

    CONSTRAINT "system_ping_pkey" PRIMARY KEY ("id")
);
