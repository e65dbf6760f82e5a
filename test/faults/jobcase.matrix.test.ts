import { describeFaultMatrix } from './matrix';

describeFaultMatrix('jobcase');
