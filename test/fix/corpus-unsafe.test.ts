import { describeCorpusFix } from './corpus-fix.js';

describeCorpusFix(true);
