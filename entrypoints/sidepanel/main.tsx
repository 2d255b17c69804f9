import { bootPanel } from '@/utils/panel/boot';

const root = document.getElementById('app');
if (root) void bootPanel(root, { search: location.search });
