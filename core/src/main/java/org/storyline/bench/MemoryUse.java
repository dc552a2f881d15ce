package org.storyline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Memory of one measured phase.
 *
 * @param heapPeakBytes the sum over the heap memory pools of each pool's peak usage since the phase
 *     began (pools peak at different moments, so this is an upper bound of the true peak)
 * @param heapAfterGcBytes heap in use after a full collection requested at the end of the phase:
 *     what the phase leaves live (models, caches)
 * @param rssBytes resident memory at the end of the phase ({@code VmRSS}); null when not known
 * @param hwmBytes peak resident memory ({@code VmHWM}) during the phase, or since the JVM started
 *     when {@code hwmOfPhase} is false; null when not known
 * @param hwmOfPhase whether the resident peak could be reset when the phase began
 */
public record MemoryUse(long heapPeakBytes, long heapAfterGcBytes, Long rssBytes, Long hwmBytes, boolean hwmOfPhase) {

  /** Marks the start of a phase: resets the heap pools' peaks and, where Linux allows, {@code VmHWM}. */
  public static Start start() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
    return new Start(ProcStatus.resetPeak());
  }

  /** A phase under measurement; {@link #end()} reads its memory use. */
  public record Start(boolean hwmReset) {
    /** {@return the phase's memory use; reads the peaks first, then collects garbage} */
    public MemoryUse end() {
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      ProcStatus proc = ProcStatus.read();
      System.gc();
      long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      return new MemoryUse(peak, after, proc.rssBytes().isPresent() ? proc.rssBytes().getAsLong() : null,
          proc.hwmBytes().isPresent() ? proc.hwmBytes().getAsLong() : null, hwmReset);
    }
  }

  /**
   * {@return bytes allocated so far by the calling thread, or -1 where the JVM cannot tell} A
   * stage's allocation is the difference of two readings around it on the same thread.
   */
  static long allocatedByThisThread() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    if (bean instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()
        && sun.isThreadAllocatedMemoryEnabled()) {
      return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }
}
