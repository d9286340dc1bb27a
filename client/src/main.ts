import { createApp } from 'vue';
// The app's own Arabic (and Latin) typeface, bundled: the page never depends on the OS fonts.
// Only its Arabic and Latin subsets (not Cyrillic, not Latin Extended: other letters fall back to
// the system's fonts), in the four weights the styles use; each face is `font-display: swap`
// and fetched only when the page shows a letter of its range (unicode-range).
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-500.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-700.css';
import '@fontsource/ibm-plex-sans-arabic/latin-400.css';
import '@fontsource/ibm-plex-sans-arabic/latin-500.css';
import '@fontsource/ibm-plex-sans-arabic/latin-600.css';
import '@fontsource/ibm-plex-sans-arabic/latin-700.css';
import App from './App.vue';
import { registerPlugins } from './plugins';
import './styles/main.css';

const app = createApp(App);
void registerPlugins(app).then(() => app.mount('#app'));
