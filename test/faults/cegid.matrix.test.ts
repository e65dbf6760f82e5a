import { describeFaultMatrix } from './matrix';

describeFaultMatrix('cegid');
