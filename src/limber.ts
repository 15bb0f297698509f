/** The CDN bundle: registers every Limber element and carries Lit and the built-in content. */
// The content is in this file anyway: registered up front, every element renders in one pass.
import './content/define-built-in.js';
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

export * from './index.js';
