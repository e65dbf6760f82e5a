import { describeFaultMatrix } from './matrix';

describeFaultMatrix('jobtrain');
