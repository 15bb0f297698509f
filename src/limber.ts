/** The CDN bundle: registers every Limber element and carries Lit and the built-in content. */
import { provideBuiltInCatalog } from './content/built-in.js';
import { defaultCatalog } from './content/default-catalog.js';
import './context/define.js';
import './components/exercise-card/define.js';
import './components/exercise-list/define.js';
import './components/cite/define.js';
import './components/citations/define.js';
import './components/causes/define.js';
import './components/treatment-list/define.js';
import './components/tip/define.js';
import './components/care-card/define.js';
import './components/expert-card/define.js';
import './components/expert-list/define.js';
import './components/disclaimer/define.js';
import './components/cta/define.js';
import './components/article/define.js';

// The content is in this file anyway: registered up front, every element renders in one pass.
provideBuiltInCatalog(defaultCatalog);

export * from './index.js';
