/**
 * Slack's documented Block Kit limits, checked the way Slack checks them: a payload that crosses one
 * is refused (`invalid_blocks`), so the Web API double refuses it too and a test sees the failure a
 * real workspace would. Sources: docs.slack.dev reference for blocks, block elements, composition
 * objects (option: text 75, value 150; option group: 100 groups) and views.
 */

type Node = Record<string, unknown>;

const textLength = (text: unknown): number =>
  text && typeof text === 'object' && typeof (text as Node).text === 'string'
    ? ((text as Node).text as string).length
    : 0;

function checkOption(option: Node, where: string, problems: string[]): void {
  if (textLength(option.text) > 75) problems.push(`${where}: option text over 75 characters`);
  if (typeof option.value === 'string' && option.value.length > 150)
    problems.push(`${where}: option value over 150 characters`);
  if (textLength(option.description) > 75) problems.push(`${where}: option description over 75 characters`);
}

function checkElement(element: Node, where: string, problems: string[]): void {
  if (typeof element.action_id === 'string' && element.action_id.length > 255)
    problems.push(`${where}: action_id over 255 characters`);
  if (element.type === 'button') {
    if (textLength(element.text) > 75) problems.push(`${where}: button text over 75 characters`);
    if (typeof element.value === 'string' && element.value.length > 2000)
      problems.push(`${where}: button value over 2000 characters`);
  }
  const options = Array.isArray(element.options) ? (element.options as Node[]) : [];
  const max = element.type === 'checkboxes' || element.type === 'radio_buttons' ? 10 : 100;
  if (options.length > max) problems.push(`${where}: ${options.length} options (at most ${max})`);
  options.forEach((option, i) => checkOption(option, `${where}.options[${i}]`, problems));
  const groups = Array.isArray(element.option_groups) ? (element.option_groups as Node[]) : [];
  if (groups.length > 100) problems.push(`${where}: ${groups.length} option groups (at most 100)`);
  groups.forEach((group, g) => {
    if (textLength(group.label) > 75) problems.push(`${where}.option_groups[${g}]: label over 75 characters`);
    const inGroup = Array.isArray(group.options) ? (group.options as Node[]) : [];
    if (inGroup.length > 100) problems.push(`${where}.option_groups[${g}]: ${inGroup.length} options (at most 100)`);
    inGroup.forEach((option, i) => checkOption(option, `${where}.option_groups[${g}].options[${i}]`, problems));
  });
  for (const key of ['initial_option'] as const)
    if (element[key] && typeof element[key] === 'object')
      checkOption(element[key] as Node, `${where}.${key}`, problems);
  if (
    typeof element.initial_value === 'string' &&
    typeof element.max_length === 'number' &&
    element.initial_value.length > element.max_length
  )
    problems.push(`${where}: initial_value longer than max_length`);
  if (typeof element.max_length === 'number' && element.max_length > 3000)
    problems.push(`${where}: max_length over 3000`);
}

/** Every limit a list of blocks crosses, for a message (50 blocks) or a view (100 blocks). */
export function blockKitProblems(blocks: unknown, surface: 'message' | 'view'): string[] {
  const problems: string[] = [];
  if (!Array.isArray(blocks)) return problems;
  const max = surface === 'message' ? 50 : 100;
  if (blocks.length > max) problems.push(`${blocks.length} blocks (a ${surface} holds at most ${max})`);
  const ids = new Set<string>();
  (blocks as Node[]).forEach((block, b) => {
    const where = `blocks[${b}]`;
    if (typeof block.block_id === 'string') {
      if (block.block_id.length > 255) problems.push(`${where}: block_id over 255 characters`);
      if (ids.has(block.block_id)) problems.push(`${where}: duplicate block_id ${block.block_id}`);
      ids.add(block.block_id);
    }
    switch (block.type) {
      case 'section':
        if (textLength(block.text) > 3000) problems.push(`${where}: section text over 3000 characters`);
        if (Array.isArray(block.fields) && block.fields.length > 10) problems.push(`${where}: over 10 fields`);
        if (block.accessory && typeof block.accessory === 'object')
          checkElement(block.accessory as Node, `${where}.accessory`, problems);
        break;
      case 'header':
        if (textLength(block.text) > 150) problems.push(`${where}: header text over 150 characters`);
        break;
      case 'context':
        if (Array.isArray(block.elements) && block.elements.length > 10)
          problems.push(`${where}: over 10 context elements`);
        break;
      case 'actions':
        if (Array.isArray(block.elements) && block.elements.length > 25) problems.push(`${where}: over 25 elements`);
        (Array.isArray(block.elements) ? (block.elements as Node[]) : []).forEach((element, e) =>
          checkElement(element, `${where}.elements[${e}]`, problems),
        );
        break;
      case 'input':
        if (textLength(block.label) > 2000) problems.push(`${where}: label over 2000 characters`);
        if (textLength(block.hint) > 2000) problems.push(`${where}: hint over 2000 characters`);
        if (block.element && typeof block.element === 'object')
          checkElement(block.element as Node, `${where}.element`, problems);
        break;
      default:
        break;
    }
  });
  return problems;
}

/** The problems of a modal or Home tab view: its blocks, title, buttons and private_metadata. */
export function viewProblems(view: unknown): string[] {
  if (!view || typeof view !== 'object') return ['no view'];
  const v = view as Node;
  const problems = blockKitProblems(v.blocks, 'view');
  for (const key of ['title', 'submit', 'close'] as const)
    if (textLength(v[key]) > 24) problems.push(`${key} over 24 characters`);
  if (typeof v.private_metadata === 'string' && v.private_metadata.length > 3000)
    problems.push('private_metadata over 3000 characters');
  return problems;
}
