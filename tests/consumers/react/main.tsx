import 'pm-pathways';
import { createRoot } from 'react-dom/client';
import { Raw } from './Raw';
import { Wrapped } from './Wrapped';

createRoot(document.getElementById('wrapped')!).render(<Wrapped />);
createRoot(document.getElementById('raw')!).render(<Raw />);
