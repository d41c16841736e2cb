// Paired shift statistics: what changed between two prompt versions, and whether it is real.
export { wilsonInterval, Z95 } from './interval';
export { mcnemarExact, binomialLowerTailHalf } from './mcnemar';
export { holmAdjust } from './holm';
export { signFlipTest, type SignFlipResult, type SignFlipOptions, type SignFlipMethod } from './signFlip';
export { seededRandom, seedFromString, type Random } from './random';
export { tokenSet, jaccard, textSimilarity, type TokenSet } from './similarity';
export {
  ALPHA,
  pairedShift,
  decideShifts,
  pooledRate,
  majority,
  type Tally,
  type CaseTallies,
  type Rate,
  type ShiftStatistics,
  type DecidedShift,
  type PairedTestName,
} from './paired';
