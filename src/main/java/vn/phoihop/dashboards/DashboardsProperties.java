package vn.phoihop.dashboards;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code phoihop.dashboards.due-soon-working-days}: how far ahead a body's dashboard lists tasks (default 5). */
@ConfigurationProperties("phoihop.dashboards")
record DashboardsProperties(Integer dueSoonWorkingDays) {

    DashboardsProperties {
        dueSoonWorkingDays = dueSoonWorkingDays == null || dueSoonWorkingDays < 1 ? 5 : dueSoonWorkingDays;
    }
}
