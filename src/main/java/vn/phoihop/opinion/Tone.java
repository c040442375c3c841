package vn.phoihop.opinion;

/** The tone of what people say (sắc thái dư luận). */
public enum Tone {
    POSITIVE, NEUTRAL, NEGATIVE
}
