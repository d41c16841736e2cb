// `promptshift completion bash|zsh`: a completion script made from the help table (help.ts), so
// every command and option the CLI knows completes, and file arguments complete as paths.
//   bash: source <(promptshift completion bash)     (or save it to /etc/bash_completion.d/promptshift)
//   zsh:  source <(promptshift completion zsh)      (after compinit; or save it as _promptshift in $fpath)
import { CliInputError, EXIT, type CliCommand } from './common';
import { COMMANDS, type CommandHelp } from './help';

const flagOf = (option: string) => option.split(/[ ,]/)[0]!;
const takesValue = (option: string) => /^--?[\w-]+ \S/.test(option);
const VALUE_CHOICES: Record<string, string[]> = { '--format': ['md', 'html', 'junit', 'json'], completion: ['bash', 'zsh'] };
const FILE_VALUES = new Set(['--out', '--from']);

export function bashCompletion(commands: readonly CommandHelp[] = COMMANDS): string {
  const cases = commands.map((c) => `    ${c.name}) opts="${c.options.map(([f]) => flagOf(f)).join(' ')} --help" ;;`).join('\n');
  const valueFlags = [...new Set(commands.flatMap((c) => c.options.filter(([f]) => takesValue(f)).map(([f]) => flagOf(f))))].filter((f) => !FILE_VALUES.has(f) && !VALUE_CHOICES[f]);
  return `# bash completion for promptshift (promptshift completion bash)
_promptshift() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${commands.map((c) => c.name).join(' ')} --help --version" -- "$cur") )
    return
  fi
  local cmd="\${COMP_WORDS[1]}" opts=""
  case "$cmd" in
${cases}
  esac
  case "$prev" in
    --format) COMPREPLY=( $(compgen -W "${VALUE_CHOICES['--format']!.join(' ')}" -- "$cur") ); return ;;
    ${[...FILE_VALUES].join('|')}) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
    ${valueFlags.join('|')}) COMPREPLY=(); return ;;
  esac
  if [ "$cmd" = completion ]; then
    COMPREPLY=( $(compgen -W "${VALUE_CHOICES.completion!.join(' ')}" -- "$cur") )
  elif [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o default -o filenames -F _promptshift promptshift
`;
}

/** zsh `_arguments` specs need brackets and colons in descriptions escaped. */
const zshText = (text: string) => text.replace(/[[\]]/g, (b) => (b === '[' ? '(' : ')')).replace(/:/g, '\\:').replace(/'/g, "'\\''");

export function zshCompletion(commands: readonly CommandHelp[] = COMMANDS): string {
  const described = commands.map((c) => `    '${c.name}:${zshText(c.summary)}'`).join('\n');
  const cases = commands
    .map((c) => {
      const specs = c.options.map(([option, what]) => {
        const flag = flagOf(option);
        const value = !takesValue(option) ? '' : VALUE_CHOICES[flag] ? `:${flag.slice(2)}:(${VALUE_CHOICES[flag]!.join(' ')})` : FILE_VALUES.has(flag) ? ':file:_files' : `:${flag.slice(2)}:`;
        return `'${flag}[${zshText(what)}]${value}'`;
      });
      const positional = c.name === 'completion' ? "'1:shell:(bash zsh)'" : "'*:file:_files'";
      return `    ${c.name}) _arguments ${[...specs, "'(-h --help)'{-h,--help}'[show help]'", positional].join(' ')} ;;`;
    })
    .join('\n');
  return `#compdef promptshift
# zsh completion for promptshift (promptshift completion zsh)
_promptshift() {
  local -a commands
  commands=(
${described}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands 'promptshift command' commands
    return
  fi
  shift words
  (( CURRENT-- ))
  case $words[1] in
${cases}
  esac
}
if (( $+functions[compdef] )); then compdef _promptshift promptshift; fi
`;
}

export const completionCommand: CliCommand = async (args, io) => {
  const [shell, ...extra] = args;
  if (extra.length || (shell !== 'bash' && shell !== 'zsh')) throw new CliInputError('usage: promptshift completion bash|zsh');
  io.stdout(shell === 'bash' ? bashCompletion() : zshCompletion());
  return EXIT.ok;
};
