-- Tallies can be corrected or removed in review (issue 19): such an article's tallies are the
-- reviewer's, and re-extraction must not put back what they removed.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "talliesReviewed" BOOLEAN NOT NULL DEFAULT false;
