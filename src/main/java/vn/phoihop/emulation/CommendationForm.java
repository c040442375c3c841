package vn.phoihop.emulation;

/**
 * Province-level forms of commendation (Law on Emulation and Commendation 2022, Decree 98/2023) and whom each is
 * given to: a collective (a body), an individual (a person of the body), or either.
 */
public enum CommendationForm {
    /** Cờ thi đua của UBND tỉnh: to the leading collectives of an emulation cluster or block. */
    CO_THI_DUA_UBND_TINH(true, false),
    /** Tập thể lao động xuất sắc. */
    TAP_THE_LAO_DONG_XUAT_SAC(true, false),
    /** Chiến sĩ thi đua cấp tỉnh. */
    CHIEN_SI_THI_DUA_CAP_TINH(false, true),
    /** Bằng khen của Chủ tịch UBND tỉnh. */
    BANG_KHEN_CHU_TICH_UBND_TINH(true, true),
    /** Giấy khen (issued by a body). */
    GIAY_KHEN(true, true);

    private final boolean collective;
    private final boolean individual;

    CommendationForm(boolean collective, boolean individual) {
        this.collective = collective;
        this.individual = individual;
    }

    public boolean forCollectives() {
        return collective;
    }

    public boolean forIndividuals() {
        return individual;
    }
}
