/** The CDN bundle: registers every Limber element and carries Lit and the built-in content. */
import './context/define.js';
import './components/exercise-card/define.js';
import './components/exercise-list/define.js';

export * from './index.js';
