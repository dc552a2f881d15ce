package org.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcStatusTest {
  private static final String STATUS = """
      Name:\tjava
      Umask:\t0022
      State:\tS (sleeping)
      VmPeak:\t 5123456 kB
      VmSize:\t 5000000 kB
      VmHWM:\t  812340 kB
      VmRSS:\t  654321 kB
      RssAnon:\t  600000 kB
      Threads:\t42
      """;

  @Test
  void readsResidentAndPeakResidentInBytes() {
    ProcStatus s = ProcStatus.parse(STATUS);
    assertThat(s.rssBytes()).hasValue(654_321L * 1024);
    assertThat(s.hwmBytes()).hasValue(812_340L * 1024);
  }

  @Test
  void missingLinesAreUnknownNotZero() {
    ProcStatus s = ProcStatus.parse("Name:\tjava\nThreads:\t3\n");
    assertThat(s.rssBytes()).isEqualTo(OptionalLong.empty());
    assertThat(s.hwmBytes()).isEqualTo(OptionalLong.empty());
  }

  @Test
  void anotherUnitOrAGarbledNumberCountsAsUnknown() {
    ProcStatus s = ProcStatus.parse("VmRSS:\t 12 MB\nVmHWM:\t 1x2 kB\n");
    assertThat(s.rssBytes()).isEmpty();
    assertThat(s.hwmBytes()).isEmpty();
  }

  @Test
  void vmRssPeakDoesNotMatchOtherRssLines() {
    ProcStatus s = ProcStatus.parse("RssAnon:\t 10 kB\nRssFile:\t 20 kB\n");
    assertThat(s.rssBytes()).isEmpty();
  }

  @Test
  void readsThisProcessOnLinux() {
    assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "not Linux");
    ProcStatus s = ProcStatus.read();
    assertThat(s.rssBytes()).isPresent();
    assertThat(s.hwmBytes().getAsLong()).isGreaterThanOrEqualTo(s.rssBytes().getAsLong());
  }
}
