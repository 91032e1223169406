// The baseline of `render.ratio`: the smallest React page, served like the app.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>人才工作台</h1>);
