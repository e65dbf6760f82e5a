import { describeFaultMatrix } from './matrix';

describeFaultMatrix('nhsjob');
