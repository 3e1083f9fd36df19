/**
 * The CLI as a function: `run(argv, io)` parses the arguments, runs one command and returns the
 * exit code (0 ok, 1 the user's to fix, 2 our bug). main.ts wires it to the process.
 */
import { Command, CommanderError } from 'commander';
import type { CliIo, CommandContext } from './context';
import { demoCommand } from './demo';
import { IndicatorError } from './engine';
import { EXIT_INTERNAL_ERROR, EXIT_OK, EXIT_USER_ERROR, UserError, formatUserError } from './errors';
import type { PresetRegistry } from './preset-registry';
import { presetsCommand } from './presets';
import { scoreCommand, type ScoreOptions } from './score';
import { templateCommand, type TemplateOptions } from './template';

export interface RunDependencies {
  registry: PresetRegistry;
  cwd: string;
}

/** commander's own errors are English; these are what the user reads instead. */
const COMMANDER_MESSAGES: Record<string, string> = {
  'commander.missingArgument': '缺少参数',
  'commander.optionMissingArgument': '选项缺少取值',
  'commander.missingMandatoryOptionValue': '缺少必需的选项',
  'commander.unknownOption': '未知的选项',
  'commander.unknownCommand': '未知的命令',
  'commander.excessArguments': '参数过多',
};

function buildProgram(context: CommandContext): Command {
  const program = new Command('govtrust-score')
    .description('GovTrust 政务诚信监测评估计分工具（供第三方监测评估机构使用）')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示命令的帮助')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.io.stdout(text),
      writeErr: (text) => context.io.stderr(text),
      outputError: () => undefined,
    });

  program
    .command('score')
    .description('读取各单位的填报数据，按指标体系计分并排名')
    .argument('<input>', '输入文件：.csv、.xlsx 或 .json')
    .requiredOption('-s, --system <system>', '预置指标体系编号，或指标体系 JSON 文件')
    .option('-e, --explain <unit>', '逐项解释某个单位的得分（单位编码或名称）')
    .option('-o, --out <file>', '把结果写入 .xlsx 或 .json 文件')
    .option('-k, --unit-kind <kind>', '只计算该类单位；也是“单位类型”为空时的默认值')
    .action((input: string, options: ScoreOptions) => scoreCommand(input, options, context));

  program
    .command('presets')
    .description('列出预置的指标体系和任务清单')
    .action(() => presetsCommand(context));

  program
    .command('template')
    .description('生成填报模板')
    .argument('<system>', '预置指标体系编号，或指标体系 JSON 文件')
    .option('-o, --out <file>', '模板文件：.xlsx（默认）或 .csv')
    .option('--sample', '填入该预置指标体系的示例单位数据，作为填写示例')
    .action((system: string, options: TemplateOptions) => templateCommand(system, options, context));

  program
    .command('demo')
    .description('用预置指标体系的示例数据演示计分')
    .action(() => demoCommand(context));

  return program;
}

function describeCommanderError(error: CommanderError): string {
  const label = COMMANDER_MESSAGES[error.code] ?? '命令行参数有误';
  return `错误：${label}（${error.message.replace(/^error:\s*/, '')}）\n运行 govtrust-score --help 查看用法\n`;
}

export async function run(argv: string[], io: CliIo, dependencies: RunDependencies): Promise<number> {
  const context: CommandContext = { io, ...dependencies };
  const program = buildProgram(context);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USER_ERROR;
    }
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT_OK;
      io.stderr(describeCommanderError(error));
      return EXIT_USER_ERROR;
    }
    if (error instanceof UserError) {
      io.stderr(formatUserError(error));
      return EXIT_USER_ERROR;
    }
    // The engine rejects data (a system whose expressions do not parse, values it cannot use)
    // with a Chinese message: still the user's to fix.
    if (error instanceof IndicatorError) {
      const details = (error.problems ?? []).map((p) => `${p.path ? `${p.path}：` : ''}${p.message}`);
      io.stderr(formatUserError(new UserError(error.message, details)));
      return EXIT_USER_ERROR;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`内部错误（请把以下信息提供给开发人员）：\n${detail}\n`);
    return EXIT_INTERNAL_ERROR;
  }
}
