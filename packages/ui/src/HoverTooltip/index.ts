export * from './HoverTooltip';
