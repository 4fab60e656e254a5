package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.CodeKind;
import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;
import fiscalledger.shell.service.RecordOutcome;

import java.util.List;

/** `register-code` adds a function or economic code with its name to the catalog, so entries may use it. */
public final class RegisterCodeCommand extends ShellCommand {

    public RegisterCodeCommand() {
        super("register-code", "add a function or economic code with its name to the catalog");
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.required("kind", "KIND", "科目类型: 功能分类 (function) or 经济分类 (economic)",
                        Values.of(CodeKind.class)),
                OptionSpec.required("code", "CODE", "科目代码 (function 3/5/7 digits, economic 3/5 digits)", Values.none()),
                OptionSpec.required("name", "TEXT", "科目名称", Values.none()));
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        CodeKind kind = OptionValues.required(args, "kind", CodeKind::parse);
        String code = args.required("code").strip();
        // the value types say precisely what shape a code must have
        OptionValues.parse("code", code, kind == CodeKind.FUNCTION ? FunctionCode::of : EconomicCode::of);
        RecordOutcome outcome = context.services().record(
                new fiscalledger.ledger.api.command.RegisterCodeCommand(kind, code, args.required("name").strip()),
                "shell: register-code");
        context.out().println(outcome.summary().isEmpty()
                ? "registered " + kind.label() + " " + code + " " + args.required("name").strip() : outcome.summary());
        outcome.warnings().forEach(w -> context.out().println("warning: " + w));
    }
}
