import { sourcesCommand } from './sources.js';

/** `/claims`: another name for `/sources`, for people who think of it that way. */
export default sourcesCommand('claims');
