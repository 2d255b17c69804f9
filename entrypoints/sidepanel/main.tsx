import { bootPanel } from './boot';

const root = document.getElementById('app');
if (root) void bootPanel(root, { search: location.search });
