import { Chosen } from './hydrate';
import { serverElements } from './server-elements';

export const dynamic = 'force-dynamic';

export default async function ServerPage() {
  return (
    <main>
      <div suppressHydrationWarning dangerouslySetInnerHTML={{ __html: await serverElements() }} />
      <Chosen />
      <a href="/client">The same elements drawn by client components</a>
    </main>
  );
}
