package fiscalledger.ledger.catalog;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fiscalledger.ledger.api.CodeKind;
import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.ledger.api.command.LedgerRuleException;
import fiscalledger.ledger.api.command.RecordingResult;
import fiscalledger.ledger.api.command.RegisterCodeCommand;
import fiscalledger.ledger.api.event.CodeRegisteredEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The codes registered beyond the built-in ones, as one small event-sourced aggregate (id {@value #ID}): its event
 * stream is the catalog's history, which {@link CodeCatalogUpdater} reads at start-up. A code keeps its name: registering
 * it again with the same name changes nothing, with another name is refused.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CodeRegistry {

    public static final String ID = "code-catalog";

    @AggregateIdentifier
    private String id;
    private Map<String, String> names = new HashMap<>();

    protected CodeRegistry() {
    }

    CodeRegistry(String id) {
        this.id = id;
    }

    RecordingResult register(RegisterCodeCommand command, CodeCatalog catalog) {
        if (command.kind() == null) {
            throw rejected("kind", "say which classification the code belongs to (function or economic)");
        }
        String code = command.code() == null ? "" : command.code().strip();
        String name = command.name() == null ? "" : command.name().strip();
        Optional<String> parent = parentOf(command.kind(), code);
        if (name.isEmpty()) {
            throw rejected("name", "code " + code + " needs its name as printed in the classification");
        }
        String known = names.get(key(command.kind(), code));
        if (known == null) {
            known = catalog.nameOf(command.kind(), code).orElse(null);
        }
        if (known != null) {
            if (known.equals(name)) {
                return RecordingResult.duplicate(java.util.List.of());
            }
            throw rejected("name", command.kind().label() + " code " + code + " is already registered as '" + known
                    + "'; a code keeps its name");
        }
        if (command.kind() == CodeKind.FUNCTION && parent.isEmpty()) {
            // table 01 prints the 26 类 on fixed 行次 (32–57), followed by 本年支出合计 on 58: a 27th would take its number
            throw rejected("code", "function code " + code + " is a 类: the 26 类 of the 支出功能分类 are the rows table 01"
                    + " prints (行次 32–57) and none can be added; register 款 and 项 codes under one of them");
        }
        if (parent.isPresent() && catalog.nameOf(command.kind(), parent.get()).isEmpty()
                && !names.containsKey(key(command.kind(), parent.get()))) {
            throw rejected("code", "register the parent code " + parent.get() + " before " + code);
        }
        apply(new CodeRegisteredEvent(command.kind(), code, name));
        return RecordingResult.recordedOne(java.util.List.of());
    }

    @EventSourcingHandler
    void on(CodeRegisteredEvent event) {
        id = ID;
        names.put(key(event.kind(), event.code()), event.name());
    }

    private static Optional<String> parentOf(CodeKind kind, String code) {
        try {
            return kind == CodeKind.FUNCTION
                    ? FunctionCode.of(code).parent().map(FunctionCode::value)
                    : EconomicCode.of(code).parent().map(EconomicCode::value);
        } catch (IllegalArgumentException e) {
            throw rejected("code", e.getMessage());
        }
    }

    private static String key(CodeKind kind, String code) {
        return kind.name() + ":" + code;
    }

    private static LedgerRuleException rejected(String field, String message) {
        return new LedgerRuleException(new EntryProblem("code", 0, "", field, message));
    }
}
