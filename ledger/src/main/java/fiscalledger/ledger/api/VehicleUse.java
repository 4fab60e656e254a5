package fiscalledger.ledger.api;

/** The vehicle categories of table 10 (rows 8–15), in their printed order. */
public enum VehicleUse implements Labelled {
    MINISTERIAL("副部（省）级及以上领导用车"),
    PRINCIPAL("主要负责人用车"),
    CONFIDENTIAL_COMMUNICATION("机要通信用车"),
    EMERGENCY("应急保障用车"),
    LAW_ENFORCEMENT("执法执勤用车"),
    SPECIAL_TECHNICAL("特种专业技术用车"),
    RETIREE_SERVICE("离退休干部服务用车"),
    OTHER("其他用车");

    private final String label;

    VehicleUse(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static VehicleUse parse(String text) {
        return Labelled.parse(VehicleUse.class, text, "vehicle use");
    }
}
