package vn.phoihop.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Installation settings of official documents.
 *
 * @param place            the place of the date line ("Quảng Ninh, ngày 05 tháng 02 năm 2026"): the province's
 *                         name, as its offices write it
 * @param defaultIssuerId  the body that issues the reports of reviews (e.g. the Party committee of the provincial
 *                         government); when unset, the program's keeper issues them
 */
@ConfigurationProperties("phoihop.documents")
record DocumentsProperties(@DefaultValue("Quảng Ninh") String place, Long defaultIssuerId) {
}
