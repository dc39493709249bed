
  {{ text }}