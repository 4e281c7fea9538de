import { render } from 'preact';
import { ReaderApp } from '../../components/ReaderApp';
import { askBackground } from '../../lib/messaging';
import '../../components/theme.css';

const params = new URLSearchParams(location.search);
const docId = params.get('doc') ?? '';

render(
  <ReaderApp
    load={() => askBackground<'document/get'>(browser.runtime, { type: 'document/get', docId })}
    passageId={params.get('passage')}
    entityId={params.get('entity')}
  />,
  document.getElementById('app')!,
);
