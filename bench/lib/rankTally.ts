/** hit@1/3/5 and MRR@10 over the 0-based rank of the first hit (-1: none), shared by the quality benchmarks. */
export class RankTally {
  private hit1 = 0;
  private hit3 = 0;
  private hit5 = 0;
  private mrr = 0;

  add(rank: number): void {
    if (rank < 0) return;
    if (rank === 0) this.hit1++;
    if (rank < 3) this.hit3++;
    if (rank < 5) this.hit5++;
    if (rank < 10) this.mrr += 1 / (rank + 1);
  }

  /** Shares over `n` questions, to four places. */
  figures(n: number): { hit1: number; hit3: number; hit5: number; mrr10: number } {
    const r4 = (x: number) => Math.round((x / (n || 1)) * 10000) / 10000;
    return { hit1: r4(this.hit1), hit3: r4(this.hit3), hit5: r4(this.hit5), mrr10: r4(this.mrr) };
  }
}
