package dev.switchboard.domain.bot;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of reply element the vendor's body table lists, each with the rich-control group it belongs to and the
 * item types that group allows (case-sensitive, as the table prints them).
 */
public enum UiType {
    ActionMsg(null, true),
    OutputCard("DefaultOutputCard", false),
    Date("DefaultDate", true),
    DateTime("DefaultDate", true),
    Time("DefaultDate", true),
    GroupedPartsOutputControl("DefaultGroupedPartsOutputControl", false),
    OutputHtml("DefaultHtml", false),
    OutputImage("DefaultOutputImage", false),
    OutputLink("DefaultOutputLink", false),
    InputText("DefaultText", true),
    OutputText("DefaultText", false),
    FileUpload("DefaultText", true),
    Picker("DefaultPicker", true),
    TopicPickerControl("DefaultPicker", true),
    Boolean("DefaultPicker", true);

    private static final Set<String> TEXT_ITEM_TYPES = Set.of("File", "Image", "Inputtext", "outputtext");
    private static final Set<String> PICKER_ITEM_TYPES = Set.of("Picture", "List");

    private final String group;
    private final boolean asksTheUser;

    UiType(String group, boolean asksTheUser) {
        this.group = group;
        this.asksTheUser = asksTheUser;
    }

    /** The group the table puts this type in; none for action messages (typing indicators, spinners). */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** True for an element the user answers (an input, a picker, a file upload, a date); an ActionMsg only waits. */
    public boolean asksTheUser() {
        return asksTheUser && this != ActionMsg;
    }

    public Set<String> itemTypes() {
        if ("DefaultText".equals(group)) {
            return TEXT_ITEM_TYPES;
        }
        return "DefaultPicker".equals(group) ? PICKER_ITEM_TYPES : Set.of();
    }

    public static Optional<UiType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }
}
