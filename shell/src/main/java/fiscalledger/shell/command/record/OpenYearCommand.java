package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.OpeningBalance;
import fiscalledger.ledger.api.UnitType;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.util.ArrayList;
import java.util.List;

/** `open-year` opens a unit's fiscal year with its 年初结转和结余 (or carries them from the closed previous year). */
public final class OpenYearCommand extends RecordingCommand {

    public OpenYearCommand() {
        super("open-year", "open a unit's fiscal year with its opening balances (年初结转和结余)");
    }

    @Override
    protected boolean opensLedger() {
        return true;
    }

    @Override
    protected List<OptionSpec> ownOptions() {
        return List.of(
                OptionSpec.required("name", "TEXT", "单位名称 unit name (--unit-name is accepted too, as in a journal)",
                        Values.none()),
                OptionSpec.required("unit-type", "TYPE", "单位类型 unit type", Values.of(UnitType.class)),
                OptionSpec.optional("department-code", "CODE", "主管部门编码 (default: first 3 digits of the unit)",
                        Values.none()),
                OptionSpec.optional("department-name", "TEXT", "主管部门名称", Values.none()),
                OptionSpec.optional("opening", "FUND:FUNCTION:AMOUNT",
                        "an opening balance in yuan, e.g. 一般公共预算:2010301:2831100.00 (repeat for more)", Values.none()),
                OptionSpec.flag("carry-forward", "take the opening balances from the closed previous year"));
    }

    @Override
    public java.util.Map<String, String> optionAliases() {
        return java.util.Map.of("unit-name", "name");
    }

    @Override
    public String details() {
        return """
                example:
                  open-year --unit 229001 --voucher OPEN-2025 --date 2025-01-01 --name 山西省行政审批服务管理局 \\
                            --unit-type 行政单位 --carry-forward
                The year is that of --date unless --year says otherwise.""";
    }

    @Override
    protected LedgerCommand command(Entry e, Arguments args) {
        List<OpeningBalance> openings = new ArrayList<>();
        for (String opening : args.all("opening")) {
            openings.add(OptionValues.parse("opening", opening, OpenYearCommand::opening));
        }
        boolean carry = args.flag("carry-forward");
        if (carry && !openings.isEmpty()) {
            throw new CommandFailure("--carry-forward takes the opening balances from the previous year; leave out --opening");
        }
        String department = args.option("department-code").orElse(e.unit().value().substring(0, 3));
        return new fiscalledger.ledger.api.command.OpenYearCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo(),
                args.required("name"), department, args.option("department-name").orElse(""),
                OptionValues.required(args, "unit-type", UnitType::parse), openings, carry);
    }

    private static OpeningBalance opening(String text) {
        String[] parts = text.split("[:：]");
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + text + "' must be FUND:FUNCTION:AMOUNT, e.g. 一般公共预算:2010301:1000.00");
        }
        return new OpeningBalance(Fund.parse(parts[0]), OptionValues.function(parts[1]), OptionValues.amount(parts[2]));
    }
}
