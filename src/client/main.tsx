import { render } from 'preact';
import { App } from './App';
import { chooseLanguage, loadLanguage } from './i18n';
import './styles.css';

// The participant's language loads before the first screen (Swedish is already here).
const wanted = chooseLanguage();
void loadLanguage(wanted)
  .then(
    () => wanted,
    () => 'sv' as const,
  )
  // A task of its own: the browser may paint and answer a tap between loading the code and
  // drawing the first screen, instead of one long block of both on a slow phone.
  .then((lang) =>
    setTimeout(() => render(<App initialLanguage={lang} />, document.getElementById('app')!)),
  );
