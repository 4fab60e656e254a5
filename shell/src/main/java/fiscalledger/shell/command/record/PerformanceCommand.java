package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.IndicatorScore;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RecordPerformanceEvaluationCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** `performance` records a project's 绩效自评: its 目标申报数 and indicator scores. */
public final class PerformanceCommand extends RecordingCommand {

    public PerformanceCommand() {
        super("performance", "record a project's performance self-evaluation (绩效自评)");
    }

    @Override
    protected List<OptionSpec> ownOptions() {
        return List.of(
                OptionSpec.required("project", "NAME", "项目 project name", Values.projects()),
                OptionSpec.required("target", "YUAN", "目标申报数 declared target in yuan", Values.none()),
                OptionSpec.optional("indicator", "L1/L2/NAME/WEIGHT/SCORE",
                        "一级指标/二级指标/三级指标/分值/得分, e.g. 产出指标/数量指标/办件量/20/20 (repeat)", Values.none()));
    }

    @Override
    protected LedgerCommand command(Entry e, Arguments args) {
        List<IndicatorScore> indicators = new ArrayList<>();
        for (String indicator : args.all("indicator")) {
            indicators.add(OptionValues.parse("indicator", indicator, PerformanceCommand::indicator));
        }
        return new RecordPerformanceEvaluationCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo(),
                args.required("project"), OptionValues.required(args, "target", OptionValues::amount), indicators);
    }

    private static IndicatorScore indicator(String text) {
        String[] parts = text.split("/");
        if (parts.length != 5) {
            throw new IllegalArgumentException("'" + text + "' must be L1/L2/NAME/WEIGHT/SCORE");
        }
        try {
            return new IndicatorScore(parts[0].strip(), parts[1].strip(), parts[2].strip(),
                    new BigDecimal(parts[3].strip()), new BigDecimal(parts[4].strip()));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("weight and score of '" + text + "' must be numbers");
        }
    }
}
