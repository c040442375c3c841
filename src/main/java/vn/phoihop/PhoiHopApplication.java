package vn.phoihop;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PhoiHopApplication {

    /** Offices work on Vietnamese time whatever zone the machine runs in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static void main(String[] args) {
        SpringApplication.run(PhoiHopApplication.class, args);
    }

    /** "Today" everywhere comes from this clock. */
    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
