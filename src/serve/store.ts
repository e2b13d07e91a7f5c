/** A small in-memory store that forgets the oldest entry beyond its size: results live as long as the server, bounded. */
export class Recent<T> {
  private readonly items = new Map<string, T>();
  constructor(private readonly size: number) {}
  add(id: string, value: T): void {
    this.items.set(id, value);
    while (this.items.size > this.size) this.items.delete(this.items.keys().next().value!);
  }
  get(id: string): T | undefined {
    return this.items.get(id);
  }
}
