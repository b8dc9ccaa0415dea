import { myDataset } from '../my-dataset';
import { RawTags } from './raw-tags';
import { Wrappers } from './wrappers';

export const dynamic = 'force-dynamic'; // rendered per request, so the suite can visit the pages in either order

export default function ClientPage() {
  return (
    <main>
      <RawTags data={myDataset} />
      <Wrappers data={myDataset} />
      <a href="/server">The same elements rendered on the server</a>
    </main>
  );
}
