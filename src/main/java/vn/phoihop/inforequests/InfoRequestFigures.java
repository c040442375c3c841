package vn.phoihop.inforequests;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.phoihop.reviews.ReviewFigureContributor;
import vn.phoihop.shared.ProgramId;

/**
 * The information-request section of a review: the requests of the program sent within the period, by status as
 * of its end (answered on time, answered late, overdue, still open).
 */
@Component
@Order(2)
class InfoRequestFigures implements ReviewFigureContributor {

    private final InfoRequests requests;

    InfoRequestFigures(InfoRequests requests) {
        this.requests = requests;
    }

    @Override
    public String section() {
        return "infoRequests";
    }

    @Override
    public Map<String, Object> figures(ProgramId program, LocalDate periodStart, LocalDate periodEnd) {
        int onTime = 0, late = 0, overdue = 0, open = 0;
        for (InfoRequestDetails r : requests.asOf(program, periodEnd)) {
            if (r.sentOn().isBefore(periodStart)) {
                continue;
            }
            switch (r.status()) {
                case ANSWERED_ON_TIME -> onTime++;
                case ANSWERED_LATE -> late++;
                case OVERDUE -> overdue++;
                case OPEN -> open++;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", onTime + late + overdue + open);
        m.put("answeredOnTime", onTime);
        m.put("answeredLate", late);
        m.put("overdue", overdue);
        m.put("open", open);
        return m;
    }
}
